package cn.gov.sh.tradesecret.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the officer (navigation by role) and the current path. */
@ControllerAdvice
class LayoutAdvice {

  @ModelAttribute("officer")
  Officer officer(@AuthenticationPrincipal OidcUser user) {
    return user == null ? null : Officer.of(user);
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
