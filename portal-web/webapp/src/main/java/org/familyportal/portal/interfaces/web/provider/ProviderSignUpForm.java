package org.familyportal.portal.interfaces.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import org.familyportal.portal.application.provider.ProviderSignUp;
import org.omnifaces.util.Messages;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backing bean of {@code for-organisations/sign-up.xhtml}. The answer is the same whether or not the
 * address is registered ("check your mail"); a filled hidden field (robots) gets it too, and nothing
 * happens. Sign-ups are limited per client address.
 */
@Named("providerSignUp")
@RequestScoped
public class ProviderSignUpForm {

    private static final Logger LOG = Logger.getLogger(ProviderSignUpForm.class.getName());

    @Inject
    ProviderSignUp signUp;

    @Inject
    ClientLimits limits;

    @Inject
    FacesContext faces;

    private String name;
    private String position;
    private String email;
    private String phone;
    private String password;
    private String repeat;
    private String website;
    private boolean sent;

    public void send() {
        try {
            if (website != null && !website.isBlank()) {
                sent = true;
                return;
            }
            if (!Objects.equals(password, repeat)) {
                Messages.addError("signUp:repeat", "account.password.mismatch");
                return;
            }
            if (!limits.signUp(faces)) {
                Messages.addGlobalError("providers.signUp.tooMany");
                return;
            }
            signUp.signUp(new ProviderSignUp.Registration(name, position, email == null ? null : email.strip(), phone,
                    password), faces.getViewRoot().getLocale());
            sent = true;
        } catch (ConstraintViolationException e) {
            Messages.addGlobalError("providers.signUp.check");
        } catch (TransactionalException e) {
            // Two sign-ups with one new address at the same moment: the other one won; the answer stays the same.
            LOG.log(Level.INFO, "A sign-up was not stored", e);
            sent = true;
        } finally {
            password = null;
            repeat = null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public boolean isSent() { return sent; }
}
