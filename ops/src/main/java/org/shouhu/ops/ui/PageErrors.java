package org.shouhu.ops.ui;

import org.shouhu.query.paging.InvalidParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose API call refused answers with a page, not with the API's JSON: the same
 * status, and a message the reader can act on. Anything else falls through to the API's
 * handler, which logs it.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    public ModelAndView status(ResponseStatusException e, Model model) {
        return page(e.getStatusCode(), null, model);
    }

    @ExceptionHandler({InvalidParameter.class, MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    public ModelAndView invalid(RuntimeException e, Model model) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), model);
    }

    private static ModelAndView page(HttpStatusCode status, String detail, Model model) {
        ModelAndView page = new ModelAndView("ui/error", model.asMap(), status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
