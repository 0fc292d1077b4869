package org.familyportal.content.domain.article;

/** Someone else saved the article after it was opened for editing: nothing of this edit was written. */
public class ArticleChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArticleChangedMeanwhileException(Throwable cause) {
        super("the article was changed meanwhile", cause);
    }
}
