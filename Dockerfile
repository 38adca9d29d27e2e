# Let's Talk as a container image, built from the jar that `./mvnw -DskipTests package` writes to target/:
#   docker build -t lets-talk .
# The Java runtime is Debian's OpenJDK 17, the one the application is built and tested with; everything is
# installed while the image is built and nothing is downloaded when it runs. The jar is split into Spring Boot's
# layers (libraries first, the application last) so a new release rebuilds only the small top layers.

FROM debian:bookworm-slim AS java
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/*

FROM java AS layers
WORKDIR /build
COPY target/lets-talk-0.1.0-SNAPSHOT.jar lets-talk.jar
RUN java -Djarmode=tools -jar lets-talk.jar extract --layers --destination extracted

FROM java
RUN useradd --system --uid 10001 --home-dir /app letstalk
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# Production settings (docs/operations.md): PostgreSQL from SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD, which
# have no default, and memory sized for a 2-core server: resident memory under 500 MB (docs/benchmarks.md).
ENV SPRING_PROFILES_ACTIVE=production \
    JAVA_TOOL_OPTIONS="-Xms128m -Xmx320m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Xss512k"
# Class-data sharing: one training start-up (an in-memory database, stopped once the application context is ready)
# writes the classes it loaded to app.jsa, and every start maps them instead of loading them again: start-up is
# several seconds shorter. Written with this image's Java and options, as the archive requires.
RUN SPRING_PROFILES_ACTIVE=default java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -jar lets-talk.jar --server.port=0 --spring.datasource.url=jdbc:h2:mem:training
USER letstalk
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "lets-talk.jar"]
