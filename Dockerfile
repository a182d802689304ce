# syntax=docker/dockerfile:1
# Kubequiz: builds the same jar as `./mvnw package` (with the Maven wrapper), then runs it on a Java 21 JRE as a
# non-root user. Data (the H2 database, its backups) lives in /data: mount a volume there (docker-compose.yml does).
# With SPRING_PROFILES_ACTIVE=postgres and KUBEQUIZ_DB_URL/_USER/_PASSWORD it uses PostgreSQL instead.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# Dependencies in their own layer: they change less often than the code.
RUN ./mvnw -q dependency:go-offline || true
COPY db/ db/
COPY src/ src/
RUN ./mvnw -q -DskipTests package && cp target/kubequiz-*.jar /kubequiz.jar

FROM eclipse-temurin:21-jre
# curl only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system kubequiz \
 && useradd --system --gid kubequiz --uid 10001 --home-dir /app kubequiz \
 && mkdir -p /app /data \
 && chown kubequiz:kubequiz /data
WORKDIR /app
COPY --from=build /kubequiz.jar /app/kubequiz.jar
# JVM sized from the container's memory limit (75 % for the heap), and a clean exit rather than a limp on
# OutOfMemoryError: the orchestrator restarts it. JSON logs (ECS) for log collectors.
ENV KUBEQUIZ_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
VOLUME /data
EXPOSE 8080
USER kubequiz
# Ready: the database answers and the migrations ran. Docker stops with SIGTERM: requests in flight finish first.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health/readiness || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/kubequiz.jar"]
