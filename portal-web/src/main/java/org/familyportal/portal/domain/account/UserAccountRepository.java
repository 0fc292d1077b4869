package org.familyportal.portal.domain.account;

import java.util.List;
import java.util.Optional;

/** The user accounts, looked up by sign-in name. */
public interface UserAccountRepository {

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findAll();

    boolean existsWithRole(Role role);

    void add(UserAccount account);
}
