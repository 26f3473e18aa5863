package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SendPoliciesTest {

    static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    static Recipient r(String channel, String address, String optOut, String status) {
        return new Recipient("ep1", channel, address, optOut, status, "Europe/Paris");
    }

    static Decision skip(SkipReason reason) {
        return new Decision.Skip(reason);
    }

    static Stream<Arguments> forEmail() {
        return Stream.of(
                Arguments.of("subscribed active email", r("EMAIL", "a@x.org", "NONE", "ACTIVE"), Decision.SEND),
                Arguments.of("absent opt-out and status", r("EMAIL", "a@x.org", null, null), Decision.SEND),
                Arguments.of("opted out of all", r("EMAIL", "a@x.org", "ALL", "ACTIVE"), skip(SkipReason.OPTED_OUT)),
                Arguments.of("inactive", r("EMAIL", "a@x.org", "NONE", "INACTIVE"), skip(SkipReason.INACTIVE)),
                Arguments.of("sms endpoint", r("SMS", "+15550100", "NONE", "ACTIVE"),
                        skip(SkipReason.CHANNEL_MISMATCH)),
                Arguments.of("no channel", r(null, "a@x.org", "NONE", "ACTIVE"), skip(SkipReason.MISSING_CHANNEL)),
                Arguments.of("no address", r("EMAIL", null, "NONE", "ACTIVE"), skip(SkipReason.MISSING_ADDRESS)),
                Arguments.of("blank address", r("EMAIL", "  ", "NONE", "ACTIVE"), skip(SkipReason.MISSING_ADDRESS)),
                Arguments.of("channel checked before opt-out", r("SMS", "+1", "ALL", "INACTIVE"),
                        skip(SkipReason.CHANNEL_MISMATCH)),
                Arguments.of("opt-out checked before status", r("EMAIL", "a@x.org", "ALL", "INACTIVE"),
                        skip(SkipReason.OPTED_OUT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forEmail")
    void emailPolicies(String name, Recipient recipient, Decision expected) {
        assertEquals(expected, SendPolicies.forEmail(recipient, START, null, START));
    }

    @Test
    void maximumDurationCountsFromTheScheduledStart() {
        assertEquals(Decision.SEND, SendPolicies.withinMaximumDuration(START, null, START.plusSeconds(86_400)));
        assertEquals(Decision.SEND, SendPolicies.withinMaximumDuration(START, 60, START.plusSeconds(60)));
        assertEquals(skip(SkipReason.MAXIMUM_DURATION_EXCEEDED),
                SendPolicies.withinMaximumDuration(START, 60, START.plusSeconds(61)));
        assertEquals(skip(SkipReason.MAXIMUM_DURATION_EXCEEDED),
                SendPolicies.forEmail(r("EMAIL", "a@x.org", "NONE", "ACTIVE"), START, 60, START.plusSeconds(61)));
    }

    @Test
    void onlyTheAddressOwnerSends() {
        Recipient ep1 = r("EMAIL", "a@x.org", "NONE", "ACTIVE");
        assertEquals(Decision.SEND, SendPolicies.ownsAddress(ep1, "ep1"));
        assertEquals(skip(SkipReason.DUPLICATE_ADDRESS), SendPolicies.ownsAddress(ep1, "ep2"));
    }

    @Test
    void addressKeyIgnoresCaseAndSurroundingSpace() {
        assertEquals("ana@example.com", SendPolicies.addressKey(" Ana@Example.COM "));
    }

    @Test
    void skipReasonsReportPinpointMetricNames() {
        assertEquals("ENDPOINT_OPT_OUT", SkipReason.OPTED_OUT.executionMetric());
        assertEquals("ENDPOINT_INACTIVE", SkipReason.INACTIVE.executionMetric());
        assertEquals("ENDPOINT_MISSING_ADDRESS", SkipReason.MISSING_ADDRESS.executionMetric());
        assertEquals("ENDPOINT_MISSING_CHANNEL", SkipReason.MISSING_CHANNEL.executionMetric());
        assertEquals("ENDPOINT_CHANNEL_MISMATCH", SkipReason.CHANNEL_MISMATCH.executionMetric());
        assertEquals("DUPLICATE_ENDPOINT", SkipReason.DUPLICATE_ADDRESS.executionMetric());
    }
}
