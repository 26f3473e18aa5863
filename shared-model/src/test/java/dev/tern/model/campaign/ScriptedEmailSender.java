package dev.tern.model.campaign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Test EmailSender: accepts by default; per-address scripts make the next calls fail; records every accepted send. */
final class ScriptedEmailSender implements EmailSender {

    record Sent(String to, String from, String subject, String messageId) {
    }

    final List<Sent> accepted = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Supplier<SendResult>>> scripts = new ConcurrentHashMap<>();

    /** The next call for {@code to} behaves as {@code next} (which may throw). */
    ScriptedEmailSender then(String to, Supplier<SendResult> next) {
        scripts.computeIfAbsent(to, k -> new ArrayDeque<>()).add(next);
        return this;
    }

    long sendsTo(String to) {
        return accepted.stream().filter(s -> s.to().equals(to)).count();
    }

    @Override
    public SendResult send(String to, String from, String subject, String html, String text, String configurationSet,
            List<MessageHeader> headers) {
        calls.add(to);
        Deque<Supplier<SendResult>> script = scripts.get(to);
        Supplier<SendResult> next = script == null ? null : script.poll();
        if (next != null) {
            SendResult r = next.get();
            if (!(r instanceof SendResult.Accepted)) {
                return r;
            }
        }
        String id = "ses-" + calls.size();
        accepted.add(new Sent(to, from, subject, id));
        return new SendResult.Accepted(id);
    }
}
