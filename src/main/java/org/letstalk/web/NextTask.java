package org.letstalk.web;

/** A task the request opened that the caller may see, as our API answers it. */
public record NextTask(String id, String name, String taskDefinitionKey) {
}
