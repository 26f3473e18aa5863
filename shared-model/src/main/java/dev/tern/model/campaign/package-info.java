/**
 * The campaign domain, framework-free: standard email campaigns with Frequency ONCE, IMMEDIATE or at a future
 * StartTime — the first real campaign path, shaped so A/B treatments, recurring and local-time schedules,
 * quiet time and event triggers can be added as new variants rather than rewrites.
 *
 * <pre>
 *  CreateCampaign/UpdateCampaign ─▶ CampaignValidator ─▶ CampaignVersions ─▶ CampaignStore (one row per version)
 *  scheduler tick / nudge ─▶ CampaignLauncher: CampaignSchedule.dueRuns ─▶ ActivityStore.create(run id)
 *                    ─▶ SegmentJobQueue.publish(SegmentJob × slices) ─▶ campaign EXECUTING
 *  slice job ─▶ AudienceSlicer: EndpointStore.scan(slice, page) ─▶ SegmentEngine ─▶ CommandQueue.publish(
 *                    SendEmailCommand × ⌈matched/50⌉) ─▶ ActivityStore.addPage ─▶ continuation job if long
 *  SQS record ─▶ CampaignSender: DeliveryLedger.claim ─▶ SendPolicies ─▶ claimAddress ─▶ MessageComposer
 *                ─▶ EmailSender ─▶ DeliveryLedger.record* ─▶ ActivityStore.count ─▶ RunCompletion
 * </pre>
 *
 * <p>Every port ({@link dev.tern.model.campaign.CampaignStore}, {@link dev.tern.model.campaign.ActivityStore},
 * {@link dev.tern.model.campaign.DeliveryLedger}, {@link dev.tern.model.campaign.RecipientSource},
 * {@link dev.tern.model.campaign.SegmentJobQueue}, {@link dev.tern.model.campaign.EmailChannels},
 * {@link dev.tern.model.campaign.CommandQueue}) has an {@code InMemory*} fake here, in main, so function
 * modules can test against them too; {@link dev.tern.model.campaign.EmailSender} and
 * {@link dev.tern.model.campaign.MessageComposer} are implemented by the SES adapter and the template engine.
 *
 * <p>Semantics follow the botocore model ({@code pinpoint/2016-12-01}) and /work/shared/reference/pinpoint-api.md
 * §3, §4.5, §4.10, §5.2; each class comment names its sources and marks Tern's own readings as [inference].
 */
package dev.tern.model.campaign;
