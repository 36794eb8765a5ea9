package org.chengxin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application: every capability below this package is scanned from here. */
@SpringBootApplication
public class ChengxinApplication {}
