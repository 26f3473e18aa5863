/**
 * Message templates: the five Pinpoint template types, their versions, and rendering them for an
 * endpoint. Framework-free (no Quarkus, no AWS SDK); the one library is Handlebars for Java.
 *
 * <p>Entry points: {@link dev.tern.model.template.TemplateValidator} before a write, {@link
 * dev.tern.model.template.TemplateStore} (fake: {@link dev.tern.model.template.InMemoryTemplateStore})
 * for Create/Get/Update/Delete/List*, {@link dev.tern.model.template.MessageRenderer} at send time.
 *
 * <p>Readings of Pinpoint behaviour, each with its source in the class that implements it:
 *
 * <ul>
 *   <li>Versions, active version, {@code create-new-version}: {@link
 *       dev.tern.model.template.InMemoryTemplateStore}.
 *   <li>Default and substitution precedence, missing values: {@link
 *       dev.tern.model.template.RenderContext}.
 *   <li>Multi-valued attributes print comma-joined: {@link dev.tern.model.template.ValueList}.
 *   <li>HTML escaping only in the email {@code HtmlPart}: {@link
 *       dev.tern.model.template.MessageRenderer}.
 *   <li>Helpers supported and not: {@link dev.tern.model.template.PinpointHelpers}.
 * </ul>
 */
package dev.tern.model.template;
