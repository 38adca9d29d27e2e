package org.letstalk.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.security.FormToken;
import org.letstalk.web.ApiRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Each person's own choice of email notices, through the API and a page: only ever the signed-in user's, so there is
 * no way to name anyone else.
 */
@Controller
class NoticeController {

  private final Notices notices;

  NoticeController(Notices notices) {
    this.notices = notices;
  }

  /** Whether to be sent emails when a case is given to you, your work is overdue or a decision waits on you. */
  @ApiRequest("your email notices")
  record EmailChoice(@NotNull(message = "say true or false") Boolean emails) {
  }

  @GetMapping("/api/me/notices")
  @ResponseBody
  EmailChoice mine(HttpServletRequest request) {
    return new EmailChoice(notices.emailsOn(user(request)));
  }

  @PutMapping("/api/me/notices")
  @ResponseBody
  EmailChoice choose(HttpServletRequest request, @Valid @RequestBody EmailChoice body) {
    notices.chooseEmails(user(request), body.emails());
    return new EmailChoice(notices.emailsOn(user(request)));
  }

  @GetMapping("/notices")
  String page(HttpServletRequest request, Model model) {
    model.addAttribute("emails", notices.emailsOn(user(request)));
    model.addAttribute("formTokenName", FormToken.PARAMETER);
    model.addAttribute("formToken", FormToken.of(request.getSession(true)));
    return "notices/notices";
  }

  @PostMapping("/notices")
  String chooseOnPage(HttpServletRequest request, @RequestParam boolean emails) {
    notices.chooseEmails(user(request), emails);
    return "redirect:/notices";
  }

  private static String user(HttpServletRequest request) {
    return ((AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE)).id();
  }
}
