package org.shouhu.ops.ui;

import org.shouhu.events.common.InvalidValueException;
import org.shouhu.query.paging.InvalidParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.web.DatabaseAwayAnswers;
import org.shouhu.ops.web.WebProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import jakarta.servlet.http.HttpServletRequest;
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

    private final PageModel around;
    private final WebProperties web;

    public PageErrors(PageModel around, WebProperties web) {
        this.around = around;
        this.web = web;
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ModelAndView status(ResponseStatusException e, HttpServletRequest request) {
        return page(e.getStatusCode(), null, request);
    }

    @ExceptionHandler({InvalidParameter.class, MethodArgumentTypeMismatchException.class, InvalidValueException.class})
    public ModelAndView invalid(RuntimeException e, HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    /**
     * The database away: a page saying so, with Retry-After, not the API's JSON. (A failure
     * wrapped by the command bus still reaches the API's handler, which answers 503 as well.)
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class,
            TransientDataAccessResourceException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, TransactionTimedOutException.class})
    public ModelAndView databaseAway(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        DatabaseAwayAnswers.logged(e);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(web.retryAfter().toSeconds()));
        return page(HttpStatus.SERVICE_UNAVAILABLE, null, request);
    }

    /** An exception handler's model lacks what the advice adds to pages: the page's frame is added here. */
    private ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("ui/error", status);
        page.addObject("reader", around.reader());
        page.addObject("language", around.language(request));
        page.addObject("otherLanguage", around.otherLanguage(request));
        page.addObject("path", around.path(request));
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
