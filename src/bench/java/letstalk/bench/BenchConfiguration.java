package letstalk.bench;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark's own beans (journeys, the no-op delegate, the commit counter). They live outside the
 * application's packages so that only the benchmark's context picks them up, never the application's tests.
 */
@Configuration
@ComponentScan
class BenchConfiguration {
}
