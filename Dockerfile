# syntax=docker/dockerfile:1

# Stage 1: build the jar with the Maven wrapper (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# Only what the build needs: keeps ./data (embedded PostgreSQL) and ./target out of the image.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY bpmn bpmn
COPY forms forms
COPY src src
RUN chmod +x mvnw
# The cache mount keeps the Maven repository between builds (BuildKit, the default builder).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package

# Stage 2: run it on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jre
# curl for the container health check in docker-compose.yml.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system pmc \
 && useradd --system --gid pmc --home-dir /app --no-create-home pmc \
 && mkdir -p /app \
 && chown pmc:pmc /app
WORKDIR /app
COPY --from=build --chown=pmc:pmc /workspace/target/partner-membership-center-0.1.0-SNAPSHOT.jar /app/app.jar
USER pmc
EXPOSE 8080
# JVM flags can be passed with JAVA_TOOL_OPTIONS, e.g. -XX:MaxRAMPercentage=75.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
