package org.letstalk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.letstalk.modelcheck.ProcessCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on real PostgreSQL, shared by every test class that uses it. The engine records
 * process test coverage (target/process-test-coverage/), which ProcessCoverageGateIT checks after the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(ProcessCoverageConfiguration.class)
// The Prometheus endpoint as in production (MonitoringTest); Spring's tests leave metrics out otherwise.
@AutoConfigureObservability(tracing = false)
public @interface PostgresTest {
}
