package org.chengxin.scoring.model;

/** The weighted combination of dimension scores a scheme may declare, and its rating. */
public record CompositeScore(int score, String rating) {}
