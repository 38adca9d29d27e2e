package org.letstalk.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body of our API, named as a person would say it ({@code "a new contact"}), so a field it does not have
 * is refused as "is not a field of a new contact".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiRequest {

  String value();
}
