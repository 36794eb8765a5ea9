package org.chengxin.access;

/** A freshly issued API key: the only moment its secret is known outside the client. */
public record IssuedKey(String keyId, Role role, String providerId, String token) {}
