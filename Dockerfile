# Build: Maven on Java 17, tests skipped here (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY migrations migrations
RUN mvn -B -q package -DskipTests

# Run: a JRE, a non-root user, data in a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system sanayan && useradd --system --gid sanayan --home /app sanayan \
    && mkdir -p /app /data && chown sanayan:sanayan /data
WORKDIR /app
COPY --from=build /src/target/sanayan.jar /app/sanayan.jar
COPY course-content /app/course-content
ENV PORT=7070 \
    SANAYAN_DATA=/data \
    SANAYAN_CONTENT=/app/course-content \
    SANAYAN_TIMEZONE=Asia/Manila
VOLUME ["/data"]
EXPOSE 7070
USER sanayan
ENTRYPOINT ["java", "-jar", "/app/sanayan.jar"]
CMD ["serve"]
