package org.letstalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LetsTalkApplication {

  public static void main(String[] args) {
    SpringApplication.run(LetsTalkApplication.class, args);
  }
}
