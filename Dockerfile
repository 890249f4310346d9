# IucRecruit web app. Build: docker build -t iucrecruit .   Run with PostgreSQL: docker-compose up
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/IucRecruit.Web -c Release -o /app \
 && dotnet publish src/IucRecruit.Cli -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl: the compose file's health check. SQLite comes with the app (docs/decisions/0029).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/iucrecruit && chown app:app /var/lib/iucrecruit
WORKDIR /app
COPY --from=build /app .
# The scenario library (YAML and telephone-band clips), checked at start-up: an invalid library
# stops the app in production. Mount another folder over it to change the scenarios.
COPY --from=build /src/scenarios ./scenarios
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__DataFolder=/var/lib/iucrecruit \
    Scenarios__Folder=/app/scenarios
USER app
VOLUME /var/lib/iucrecruit
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "IucRecruit.Web.dll"]
