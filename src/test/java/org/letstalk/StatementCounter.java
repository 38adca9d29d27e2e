package org.letstalk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application prepares on the calling thread, the engine's and JPA's alike, by
 * wrapping the connection pool: what a read asks of the database, a figure no load on the machine changes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

  private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

  /** The statements {@code work} prepares on this thread. */
  public static int count(Runnable work) {
    return counted(() -> {
      work.run();
      return null;
    }).statements();
  }

  /** What {@code work} answers and the statements it prepared on this thread. */
  public static <T> Counted<T> counted(Supplier<T> work) {
    List<String> statements = new ArrayList<>();
    List<String> outer = COUNTING.get();
    COUNTING.set(statements);
    try {
      T answer = work.get();
      return new Counted<>(answer, List.copyOf(statements));
    } finally {
      COUNTING.set(outer);
      if (outer != null) {
        outer.addAll(statements);
      }
    }
  }

  /** What the work answered and the SQL of each statement it prepared, in order. */
  public record Counted<T>(T answer, List<String> sql) {

    public int statements() {
      return sql.size();
    }
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
    return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
            List<String> counting = COUNTING.get();
            if (counting != null) {
              counting.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
            }
          }
          return invoke(connection, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
