# syntax=docker/dockerfile:1
# Builds the same jar as `./mvnw package`, then runs it on a JRE as a non-root user.
# The H2 database lives in /data: mount a volume there (docker-compose.yml does).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw dependency:go-offline -q || true
COPY db/ db/
COPY src/ src/
RUN ./mvnw -DskipTests package -q && cp target/kubequiz-*.jar /kubequiz.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system kubequiz \
 && useradd --system --gid kubequiz --uid 10001 --home-dir /app kubequiz \
 && mkdir -p /app /data && chown kubequiz:kubequiz /data
WORKDIR /app
COPY --from=build /kubequiz.jar /app/kubequiz.jar
ENV KUBEQUIZ_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8080
USER kubequiz
ENTRYPOINT ["java", "-jar", "/app/kubequiz.jar"]
