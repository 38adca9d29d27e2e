package letstalk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the transactions the application commits, telling those that wrote from read-only ones, and the
 * SQL statements it prepares, by wrapping the application's connection pool. Journeys run one at a time
 * then give the commits and statements one journey needs.
 */
@Component
class CommitCounter implements BeanPostProcessor {

  private static final AtomicLong WRITES = new AtomicLong();
  private static final AtomicLong READS = new AtomicLong();
  private static final AtomicLong STATEMENTS = new AtomicLong();

  record Counts(long writes, long reads, long statements) {
  }

  static Counts now() {
    return new Counts(WRITES.get(), READS.get(), STATEMENTS.get());
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
          (proxy, method, args) -> {
            Object result = invoke(dataSource, method, args);
            return result instanceof Connection c ? counting(c) : result;
          });
    }
    return bean;
  }

  private static Connection counting(Connection connection) {
    boolean[] wrote = {false};
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "prepareStatement", "prepareCall" -> {
          STATEMENTS.incrementAndGet();
          wrote[0] |= isWrite((String) args[0]);
        }
        case "commit" -> {
          Object result = invoke(connection, method, args);
          (wrote[0] ? WRITES : READS).incrementAndGet();
          wrote[0] = false;
          return result;
        }
        case "rollback", "close" -> wrote[0] = false;
        default -> {
        }
      }
      return invoke(connection, method, args);
    };
    return (Connection) Proxy.newProxyInstance(CommitCounter.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private static boolean isWrite(String sql) {
    String statement = sql.stripLeading().toLowerCase(Locale.ROOT);
    return statement.startsWith("insert") || statement.startsWith("update") || statement.startsWith("delete")
        || statement.startsWith("merge");
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
