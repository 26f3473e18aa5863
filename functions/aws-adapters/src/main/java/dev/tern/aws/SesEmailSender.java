package dev.tern.aws;

import dev.tern.model.campaign.EmailSender;
import dev.tern.model.campaign.FailureReason;
import dev.tern.model.campaign.MessageHeader;
import dev.tern.model.campaign.RetryableSendException;
import dev.tern.model.campaign.SendResult;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * {@link EmailSender} on SES v2 {@code SendEmail} (simple content, UTF-8). Failures are sorted as the SES v2
 * API reference describes them (https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html):
 * throttling ({@code TooManyRequests}, {@code LimitExceeded}), paused sending, 5xx and client-side I/O errors
 * may pass, so they are thrown as {@link RetryableSendException}; a rejected message, an unverified sender and
 * any other 4xx will fail the same way on every retry, so they are returned as {@link SendResult.Rejected}.
 */
public final class SesEmailSender implements EmailSender {

  private final SesV2Client ses;

  /** A sender through {@code ses}. */
  public SesEmailSender(SesV2Client ses) {
    this.ses = ses;
  }

  @Override
  public SendResult send(String to, String from, String subject, String html, String text, String configurationSet,
      List<MessageHeader> headers) {
    Body.Builder body = Body.builder();
    if (html != null) {
      body.html(utf8(html));
    }
    if (text != null) {
      body.text(utf8(text));
    }
    try {
      SendEmailResponse r = ses.sendEmail(b -> {
        b.fromEmailAddress(from)
            .destination(d -> d.toAddresses(to))
            .content(c -> c.simple(m -> {
              m.subject(utf8(subject == null ? "" : subject)).body(body.build());
              if (!headers.isEmpty()) {
                m.headers(headers.stream()
                    .map(h -> software.amazon.awssdk.services.sesv2.model.MessageHeader.builder()
                        .name(h.name()).value(h.value()).build())
                    .toList());
              }
            }));
        if (configurationSet != null) {
          b.configurationSetName(configurationSet);
        }
      });
      return new SendResult.Accepted(r.messageId());
    } catch (TooManyRequestsException | LimitExceededException e) {
      throw new RetryableSendException(FailureReason.THROTTLED, e.getMessage());
    } catch (SendingPausedException | AccountSuspendedException e) {
      // Sending resumes when the account owner acts; until then the queue keeps the messages (and the DLQ
      // catches them after maxReceiveCount) rather than marking the whole audience failed.
      throw new RetryableSendException(FailureReason.PROVIDER_UNAVAILABLE, e.getMessage());
    } catch (MessageRejectedException e) {
      return new SendResult.Rejected(FailureReason.MESSAGE_REJECTED, e.getMessage());
    } catch (MailFromDomainNotVerifiedException | NotFoundException e) {
      return new SendResult.Rejected(FailureReason.SENDER_NOT_VERIFIED, e.getMessage());
    } catch (SesV2Exception e) {
      if (e.statusCode() >= 500 || e.statusCode() == 429) {
        throw new RetryableSendException(FailureReason.PROVIDER_UNAVAILABLE, e.getMessage());
      }
      return new SendResult.Rejected(FailureReason.MESSAGE_REJECTED, e.getMessage());
    } catch (SdkClientException e) {
      throw new RetryableSendException(FailureReason.PROVIDER_UNAVAILABLE, e.getMessage());
    }
  }

  private static Content utf8(String data) {
    return Content.builder().data(data).charset("UTF-8").build();
  }
}
