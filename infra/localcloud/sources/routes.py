"""API Gateway route selection ("Working with routes for HTTP APIs"): the most specific route wins —
an exact path over one with path variables, a variable over a greedy `{proxy+}`, a specific method over
`ANY`, and `$default` last."""
from dataclasses import dataclass
from urllib.parse import unquote


@dataclass
class Route:
    method: str          # GET, POST, ... or ANY
    path: str            # /items/{id}, /{proxy+}, or $default
    function: str        # logical id
    payload_version: str  # "2.0" or "1.0"

    @property
    def key(self):
        """The routeKey API Gateway reports: `GET /items/{id}`, `ANY /{proxy+}` or `$default`."""
        return "$default" if self.path == "$default" else f"{self.method} {self.path}"

    def segments(self):
        return [s for s in self.path.split("/") if s]

    def rank(self):
        """Sort key, most specific first."""
        kinds = []
        for seg in self.segments():
            if seg.startswith("{") and seg.endswith("+}"):
                kinds.append(2)
            elif seg.startswith("{") and seg.endswith("}"):
                kinds.append(1)
            else:
                kinds.append(0)
        return (self.path == "$default", 2 in kinds, tuple(kinds), self.method == "ANY")

    def match(self, method, path):
        """Path parameters if this route takes `method path`, else None."""
        if self.method not in ("ANY", method):
            return None
        if self.path == "$default":
            return {}
        want = self.segments()
        got = [s for s in path.split("/") if s]
        params = {}
        for i, seg in enumerate(want):
            if seg.startswith("{") and seg.endswith("+}"):
                rest = got[i:]
                if not rest:  # a greedy variable needs at least one segment
                    return None
                params[seg[1:-2]] = unquote("/".join(rest))
                return params
            if i >= len(got):
                return None
            if seg.startswith("{") and seg.endswith("}"):
                params[seg[1:-1]] = unquote(got[i])
            elif seg != got[i]:
                return None
        return params if len(got) == len(want) else None


def select(routes, method, path):
    """The route API Gateway would pick and its path parameters, or (None, None)."""
    for route in sorted(routes, key=Route.rank):
        params = route.match(method, path)
        if params is not None:
            return route, params
    return None, None


def from_functions(functions):
    """Routes from every HttpApi (payload 2.0 unless told 1.0) and Api (REST, payload 1.0) event."""
    routes = []
    for fn in functions.values():
        for event in fn.events.values():
            props = event.get("Properties") or {}
            if event.get("Type") == "HttpApi":
                path = props.get("Path")
                method = str(props.get("Method", "ANY")).upper()
                version = str(props.get("PayloadFormatVersion", "2.0"))
                routes.append(Route(method if path else "ANY", path or "$default", fn.logical_id, version))
            elif event.get("Type") == "Api":
                routes.append(Route(str(props.get("Method", "ANY")).upper(), props["Path"], fn.logical_id, "1.0"))
    return routes
