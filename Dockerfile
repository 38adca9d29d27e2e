# Let's Talk as a container image, built from the jar that `./mvnw -DskipTests package` writes to target/:
#   docker build -t lets-talk .
# The Java runtime is Debian's OpenJDK 17, the one the application is built and tested with; everything is
# installed while the image is built and nothing is downloaded when it runs. The jar is split into Spring Boot's
# layers (libraries first, the application last) so a new release rebuilds only the small top layer.

FROM debian:bookworm-slim AS java
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/*

FROM java AS layers
WORKDIR /build
COPY target/lets-talk-0.1.0-SNAPSHOT.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM java
RUN useradd --system --uid 10001 --home-dir /app letstalk
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER letstalk
# Production settings (docs/operations.md): PostgreSQL from SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD, which
# have no default, and a heap sized for a 2-core server.
ENV SPRING_PROFILES_ACTIVE=production \
    JAVA_TOOL_OPTIONS="-Xms256m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Xss512k"
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
