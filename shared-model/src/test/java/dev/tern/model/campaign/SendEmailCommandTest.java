package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SendEmailCommandTest {

    static SendEmailCommand command(List<String> ids) {
        return new SendEmailCommand(SendEmailCommand.CURRENT_VERSION, "app", "c1", 1, "run", "0",
                Instant.parse("2026-11-26T12:00:00Z"), null, new MessageRef.CampaignMessage("c1", 1), "from@x.org",
                null, 0, ids);
    }

    static List<String> ids(int n, int length) {
        return IntStream.range(0, n).mapToObj(i -> String.format("%0" + length + "d", i)).toList();
    }

    @Test
    void holdsBetweenOneAndFiftyEndpoints() {
        assertEquals(50, command(ids(50, 8)).endpointIds().size());
        assertThrows(IllegalArgumentException.class, () -> command(List.of()));
        assertThrows(IllegalArgumentException.class, () -> command(ids(51, 8)));
    }

    @Test
    void refusesIdsThatCouldOverflowTheSqsLimit() {
        assertThrows(IllegalArgumentException.class, () -> command(ids(50, 700)));
    }

    @Test
    void batchesSplitByCountAndBytesAndKeepOrder() {
        List<String> small = ids(120, 8);
        List<List<String>> byCount = SendEmailCommand.batches(small);
        assertEquals(List.of(50, 50, 20), byCount.stream().map(List::size).toList());
        assertEquals(small, byCount.stream().flatMap(List::stream).toList());

        List<String> large = ids(50, 4_000);
        List<List<String>> byBytes = SendEmailCommand.batches(large);
        assertTrue(byBytes.size() > 1);
        List<String> rejoined = new ArrayList<>();
        for (List<String> batch : byBytes) {
            command(batch);
            rejoined.addAll(batch);
        }
        assertEquals(large, rejoined);
    }
}
