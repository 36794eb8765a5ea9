package org.chengxin.scoring.model;

/** One dimension's score and the rating of the tier it falls in. */
public record DimensionScore(String dimension, int score, String rating) {}
