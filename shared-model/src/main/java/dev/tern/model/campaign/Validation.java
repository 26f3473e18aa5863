package dev.tern.model.campaign;

import java.util.List;

/** The outcome of checking a write request: a definition to store, or every field error found. */
public sealed interface Validation {

    /** The request is acceptable. */
    record Valid(CampaignDefinition definition) implements Validation {
    }

    /** The request is refused; {@code errors} is never empty. */
    record Invalid(List<FieldError> errors) implements Validation {
        public Invalid {
            if (errors == null || errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result names at least one error");
            }
            errors = List.copyOf(errors);
        }
    }
}
