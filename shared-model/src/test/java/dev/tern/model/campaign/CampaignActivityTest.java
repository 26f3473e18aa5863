package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CampaignActivityTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final CampaignRun RUN = new CampaignRun("app", "c1", 1, "0", T0, "run1");

    @Test
    void sentAndFailedAreAttemptsSkipsAreNot() {
        CampaignActivity a = CampaignActivity.started(RUN, 4, T0)
                .plus(new Outcome.Sent("m1"))
                .plus(new Outcome.Failed(FailureReason.INVALID_ADDRESS))
                .plus(new Outcome.Skipped(SkipReason.OPTED_OUT))
                .plus(new Outcome.Skipped(SkipReason.OPTED_OUT));
        assertEquals(2, a.totalEndpointCount());
        assertEquals(1, a.successfulEndpointCount());
        assertEquals(4, a.processed());
        assertTrue(a.allProcessed());
        assertEquals(Map.of("ENDPOINT_PRODUCED", "4", "ENDPOINT_OPT_OUT", "2"), a.executionMetrics());
        assertThrows(IllegalArgumentException.class,
                () -> a.plus(new Outcome.AlreadyRecorded(DeliveryStatus.SENT)));
    }

    @Test
    void concurrentCountsAreNeitherLostNorDoubled() throws Exception {
        ActivityStore store = new InMemoryActivityStore();
        store.create(CampaignActivity.started(RUN, 4_000, T0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        store.count("run1", thread % 2 == 0 ? new Outcome.Sent("m")
                                : new Outcome.Skipped(SkipReason.INACTIVE));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        CampaignActivity a = store.find("run1").orElseThrow();
        assertEquals(2_000, a.successfulEndpointCount());
        assertEquals(Map.of(SkipReason.INACTIVE, 2_000L), a.skipped());
        assertTrue(a.allProcessed());
    }

    @Test
    void aRunIsCreatedAndCompletedOnlyOnce() {
        ActivityStore store = new InMemoryActivityStore();
        assertTrue(store.create(CampaignActivity.started(RUN, 0, T0)));
        assertFalse(store.create(CampaignActivity.started(RUN, 9, T0)), "same run id");
        assertEquals(0, store.find("run1").orElseThrow().expectedEndpoints());
        assertTrue(store.complete("run1", ActivityResult.SUCCESS, T0));
        assertFalse(store.complete("run1", ActivityResult.FAIL, T0));
        assertEquals(ActivityResult.SUCCESS, store.find("run1").orElseThrow().result());
        assertEquals(List.of("run1"), store.forCampaign("app", "c1").stream().map(CampaignActivity::runId).toList());
    }
}
