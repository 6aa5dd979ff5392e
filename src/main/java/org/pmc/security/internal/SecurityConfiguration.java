package org.pmc.security.internal;

import java.time.Duration;
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
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * One filter chain per surface (see architecture.md): Camunda webapps and engine REST authenticate
 * with Camunda itself; {@code /api/admin/**} is staff over HTTP Basic against the Camunda identity;
 * {@code /api/**} is partners over HTTP Basic; everything else is the portal with form login and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

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

  @Bean
  @Order(4)
  SecurityFilterChain portal(HttpSecurity http, DaoAuthenticationProvider partners, PortalSessions sessions,
      CookieCsrfTokenRepository csrfTokens) throws Exception {
    // Issue 13: a wrong password answers the login page with ?error and no session (the page needs none).
    SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/portal/login?error");
    failed.setAllowSessionCreation(false);
    return http
        // The sandbox checkout checks its admin itself, so in production, where it does not exist, it is 404.
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/", "/portal/login", "/portal/register", "/r/**", "/i/**", "/m/**", "/confirm/**",
                "/join", "/join/**", "/reset/**", "/portal/forgot-password", "/dev/mailbox/**", "/sandbox/**",
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
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
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
