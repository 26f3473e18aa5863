package dev.tern.model.auth;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * In-process cost of verifying a SigV4 request (run by {@code infra/bin/bench-auth}, not a test):
 * microseconds per request for
 * <ol>
 *   <li>baseline: what the edge does to any request anyway — headers into a {@link Headers} multimap,
 *       a {@link RawRequest}, the Authorization header parsed;</li>
 *   <li>verify, warm: the baseline plus {@link SigV4Verifier#verify} with the unsealed secret cached
 *       (what a warm function does: no KMS call);</li>
 *   <li>verify, unseal each time: the same with an AES-GCM unseal per request (the in-process part of
 *       a cache miss; on AWS a miss is a KMS Decrypt call, which costs milliseconds over the network).</li>
 * </ol>
 * The request is botocore's signed PutEvents with a JSON body from the test vectors. Each figure is
 * the median of several timed rounds after a warm-up, so the JIT has compiled the code.
 * Arguments: {@code [rounds] [requests per round]}.
 */
public final class SigV4Benchmark {

    private SigV4Benchmark() {
    }

    /** Runs the benchmark and prints one line per case plus the ratios to the baseline. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        SigV4Fixture.Vector vector = SigV4Fixture.named("client PutEvents with JSON body");
        SecretSealer aes = new AesGcmSecretSealer(Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
        InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
        AccessKey key = new AccessKey(SigV4Fixture.ACCESS_KEY_ID, SigV4Fixture.NOW, KeyStatus.ACTIVE, Role.ADMIN,
                AppScope.allApps(), "bench");
        store.put(new StoredAccessKey(key, aes.seal(key.id(), SigV4Fixture.SECRET)));
        SigV4Verifier cached = new SigV4Verifier(store, new CachingSecretSealer(aes, 100), SigV4Fixture.clock());
        SigV4Verifier uncached = new SigV4Verifier(store, aes, SigV4Fixture.clock());

        double baseline = median(rounds, perRound, () -> parse(vector) != null);
        double warm = median(rounds, perRound, () -> cached.verify(parse(vector)) instanceof Verification.Verified);
        double cold = median(rounds, perRound, () -> uncached.verify(parse(vector)) instanceof Verification.Verified);
        System.out.printf(Locale.ROOT, "baseline (parse request + Authorization header): %8.2f us/request%n", baseline);
        System.out.printf(Locale.ROOT, "SigV4 verify, secret cached (warm function):      %8.2f us/request  ratio %.1fx%n",
                warm, warm / baseline);
        System.out.printf(Locale.ROOT, "SigV4 verify, AES unseal per request:            %8.2f us/request  ratio %.1fx%n",
                cold, cold / baseline);
        System.out.printf(Locale.ROOT, "verification alone (warm - baseline):             %8.2f us/request%n", warm - baseline);
    }

    /** The edge's per-request parsing: headers, raw request, Authorization header. */
    private static RawRequest parse(SigV4Fixture.Vector vector) {
        Headers.Builder headers = Headers.builder();
        for (List<String> pair : vector.headerPairs()) {
            headers.add(pair.get(0), pair.get(1));
        }
        RawRequest request = new RawRequest(vector.method(), vector.rawPath(), vector.rawQuery(), headers.build(), vector.body());
        StringBuilder error = new StringBuilder();
        if (AuthorizationHeader.parse(request.headers().first("authorization"), error).isEmpty()) {
            throw new IllegalStateException(error.toString());
        }
        return request;
    }

    /** Median over rounds of the mean microseconds per call; the first rounds warm the JIT up. */
    private static double median(int rounds, int perRound, java.util.function.BooleanSupplier call) {
        for (int i = 0; i < perRound * 3; i++) {
            if (!call.getAsBoolean()) {
                throw new IllegalStateException("the benchmarked call failed");
            }
        }
        double[] samples = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                if (!call.getAsBoolean()) {
                    throw new IllegalStateException("the benchmarked call failed");
                }
            }
            samples[r] = (System.nanoTime() - start) / 1000.0 / perRound;
        }
        java.util.Arrays.sort(samples);
        return samples[rounds / 2];
    }
}
