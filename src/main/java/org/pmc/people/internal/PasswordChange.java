package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pmc.people.PasswordRule;

/** {@code POST /api/me/password}; the new password also meets the {@link PasswordRule} (MyProfile). */
public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
    @NotBlank @Size(max = 200) String newPassword) {}
