package org.pmc.security.internal;

import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.pmc.people.PortalUsers;
import org.pmc.security.internal.CurrentAccounts.CurrentAccount;
import org.pmc.security.internal.CurrentAccounts;
import org.pmc.security.internal.PortalSessions;
import org.pmc.security.internal.ProblemResponses;
import org.pmc.web.ProblemType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One filter chain per surface (see architecture.md): Camunda webapps and engine REST authenticate
 * with Camunda itself; {@code /api/admin/**} is staff over HTTP Basic against the Camunda identity;
 * {@code /api/**} is partners over HTTP Basic; {@code /staff/**} is the staff console with its own form login against
 * the Camunda identity, its own session attribute and CSRF; everything else is the portal with form login and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

  /** Every staff group: each reads an organization's profile in the staff console and finds organizations. */
  private static final String[] STAFF = {"RSC", "RSC_LEAD", "CAMUNDA_ADMIN", "BILLING", "SUPPORT"};
  /** The RSC keeps the program's records: they see all of an organization and alone change it. */
  private static final String[] RSC = {"RSC", "RSC_LEAD", "CAMUNDA_ADMIN"};
  private static final String[] RSC_ACTING = {"RSC", "RSC_LEAD"};

  /** How long a verified HTTP Basic sign-in is remembered (VerifiedCredentials). */
  private static final Duration REMEMBER_BASIC = Duration.ofMinutes(1);

  /** Without it string patterns become MVC matchers that never match Camunda's Jersey servlets. */
  @Bean
  static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
    return new PathPatternRequestMatcherBuilderFactoryBean();
  }

  /** What the firewall refuses (an encoded % or backslash in a path, ...): 400 problem+json, no error page. */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (request, response, e) -> ProblemResponses.write(response, ProblemType.INVALID_REQUEST,
        "The request contains characters that are not allowed.");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    // Camunda's own login, session and CSRF filter protect its webapps.
    return http.securityMatcher("/camunda/**", "/engine-rest/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter("authentication-provider",
        "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  @Order(2)
  SecurityFilterChain staffApi(HttpSecurity http, StaffAuthentication staff) throws Exception {
    return http.securityMatcher("/api/admin/**", "/actuator/**")
        .authorizeHttpRequests(auth -> auth
            // Issue 14: the mail check opens an SMTP connection: staff only (notification/MailHealthForStaff).
            .requestMatchers("/actuator/health/mail").hasAnyRole("RSC", "RSC_LEAD", "BILLING", "CAMUNDA_ADMIN")
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole("CAMUNDA_ADMIN")
            // Issue 14: the group whose work it is. Shipments are billing's (they ship them from Tasklist and
            // confirm their delivery here); the other staff endpoints keep the program's records (membership,
            // competencies, the MCP registry): the RSC's.
            .requestMatchers("/api/admin/shipments/**").hasAnyRole("BILLING", "CAMUNDA_ADMIN")
            // R-MEM-6: a new program agreement binds every partner: the RSC lead's decision.
            .requestMatchers("/api/admin/agreements/**").hasAnyRole("RSC_LEAD", "CAMUNDA_ADMIN")
            .anyRequest().hasAnyRole("RSC", "RSC_LEAD", "CAMUNDA_ADMIN"))
        .authenticationManager(new ProviderManager(new VerifiedCredentials(staff, staff, REMEMBER_BASIC)))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
            .accessDeniedHandler(ProblemResponses.forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain partnerApi(HttpSecurity http, DaoAuthenticationProvider partners, PortalUsers users)
      throws Exception {
    CurrentAccounts current = email -> users.byEmail(email).map(user -> CurrentAccount.of(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), user.passwordHash()));
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/organizations", "/api/association-requests",
                "/api/payments/notifications", "/api/password-reset").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/competencies", "/api/support/topics", "/api/partners/*",
                "/api/agreement").permitAll()
            .anyRequest().authenticated())
        .authenticationManager(new ProviderManager(new VerifiedCredentials(partners, current, REMEMBER_BASIC)))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
            .accessDeniedHandler(ProblemResponses.forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * The staff console: RSC, billing and support look at one organization's data (each section by the group whose
   * work it is) and the RSC acts on it. Its own sign-in page and session attribute ({@link StaffSessions}): a
   * partner's portal sign-in never counts here, nor a staff sign-in on the portal. Only /staff pages are saved
   * for after the sign-in, so its redirect stays on this site's console.
   */
  @Bean
  @Order(4)
  SecurityFilterChain staffConsole(HttpSecurity http, StaffAuthentication staff, StaffSessions sessions,
      CookieCsrfTokenRepository csrfTokens) throws Exception {
    SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/staff/login?error");
    failed.setAllowSessionCreation(false);
    HttpSessionRequestCache requests = new HttpSessionRequestCache();
    requests.setSessionAttrName(StaffSessions.IDENTITY + ".REQUEST");
    requests.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/staff/**"));
    SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
    signedIn.setDefaultTargetUrl("/staff");
    signedIn.setRequestCache(requests);
    return http.securityMatcher("/staff", "/staff/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/staff/login").permitAll()
            .requestMatchers(HttpMethod.POST, "/staff/**").hasAnyRole(RSC_ACTING)
            .requestMatchers("/staff", "/staff/organizations/*").hasAnyRole(STAFF)
            .requestMatchers("/staff/organizations/*/billing").hasAnyRole(with(RSC, "BILLING"))
            .requestMatchers("/staff/organizations/*/people", "/staff/organizations/*/tickets")
            .hasAnyRole(with(RSC, "SUPPORT"))
            .anyRequest().hasAnyRole(RSC))
        .authenticationManager(new ProviderManager(staff))
        .formLogin(form -> form.loginPage("/staff/login").successHandler(signedIn).failureHandler(failed)
            .permitAll())
        .securityContext(context -> context.securityContextRepository(sessions))
        .requestCache(cache -> cache.requestCache(requests))
        // Out of the console only: the portal or Camunda sign-in of the same browser stays.
        .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout")
            .invalidateHttpSession(false).addLogoutHandler((request, response, auth) -> sessions.forget(request)))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(SecurityConfiguration::pageHeaders)
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .build();
  }

  private static String[] with(String[] roles, String role) {
    String[] all = Arrays.copyOf(roles, roles.length + 1);
    all[roles.length] = role;
    return all;
  }

  /** The pages' headers: no inline scripts or foreign sources, no framing, the referrer only to this site. */
  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  @Bean
  @Order(5)
  SecurityFilterChain portal(HttpSecurity http, DaoAuthenticationProvider partners, PortalSessions sessions,
      CookieCsrfTokenRepository csrfTokens) throws Exception {
    // Issue 13: a wrong password answers the login page with ?error and no session (the page needs none).
    SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/portal/login?error");
    failed.setAllowSessionCreation(false);
    return http
        // The sandbox checkout checks its admin itself, so in production, where it does not exist, it is 404.
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/", "/portal/login", "/portal/register", "/r/**", "/i/**", "/m/**", "/confirm/**",
                "/join", "/join/**", "/reset/**", "/portal/forgot-password", "/language", "/dev/mailbox/**", "/sandbox/**",
                "/webjars/**", "/css/**", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                "/favicon.ico").permitAll()
            .anyRequest().authenticated())
        .authenticationManager(new ProviderManager(partners))
        .formLogin(form -> form.loginPage("/portal/login").defaultSuccessUrl("/portal", true).failureHandler(failed)
            .permitAll())
        // Issue 13: the session keeps who signed in; each request reads what they may do (PortalSessions).
        .securityContext(context -> context.securityContextRepository(sessions))
        // No session for strangers (issue 13): nothing remembers where they were going; sign-in lands on /portal.
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
        // A new session id at sign-in: an id planted before (session fixation) is worth nothing after it.
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(SecurityConfiguration::pageHeaders)
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .build();
  }

  @Bean
  DaoAuthenticationProvider partnerAuthentication(PortalUsers users, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    return provider;
  }
}
