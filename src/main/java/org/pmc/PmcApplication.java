package org.pmc;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Partner Membership Center back office. Processes in {@code bpmn/} and forms in {@code forms/}
 * are deployed together by the process application (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("partner-membership-center")
@EnableScheduling
@ConfigurationPropertiesScan
public class PmcApplication {

  public static void main(String[] args) {
    SpringApplication.run(PmcApplication.class, args);
  }
}
