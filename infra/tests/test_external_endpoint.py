"""--aws-endpoint: the runner starts no emulator of its own and creates the template's resources on the
endpoint it is given (here a moto the test starts, standing in for LocalStack or AWS)."""
import urllib.request

from conftest import RunningCloud
from localcloud import emulator, process


def test_uses_the_given_endpoint(tmp_path):
    moto = emulator.Moto(0, tmp_path / "moto.log")
    try:
        moto.wait_ready()
        cloud = RunningCloud(tmp_path / "state", extra=["--only", "HttpProbeFunction", "--quiet",
                                                        "--aws-endpoint", moto.url])
        try:
            assert cloud.info["emulator_url"] == moto.url and cloud.info["emulator_pid"] is None
            assert len(cloud.current_pids()) == 1  # the JVM only: no moto of the runner's own
            tables = emulator.client("dynamodb", moto.url, "us-east-1").list_tables()["TableNames"]
            assert "tern-local-ProbeTable" in tables
            with urllib.request.urlopen(cloud.info["api_url"] + "/x", timeout=30) as r:
                assert r.status == 200
        finally:
            cloud.stop()
        assert moto.proc.poll() is None, "the runner must not stop an emulator it did not start"
    finally:
        moto.stop()
    assert process.wait_gone([moto.proc.pid], 5) == []
