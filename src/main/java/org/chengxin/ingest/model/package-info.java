/**
 * What a provider submits and how one submission is checked before it may be stored: catalog,
 * authorisation, identifiers, dates, attributes. Pure domain: imports only java.* and other
 * capabilities' pure models.
 */
package org.chengxin.ingest.model;
