using IucRecruit.Data.Messages;

namespace IucRecruit.Web.Features.Messages;

public static class MessagesRegistration
{
    /// <summary>The outbox, its wording and the provider named by <c>Messages:Provider</c>; the
    /// sending worker when <c>Messages:SendInBackground</c> is on and there is a provider.</summary>
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MessagesOptions.Section);
        services.AddOptions<MessagesOptions>().Bind(section)
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Messages:PublicBaseUrl must be an absolute address, like https://recruit.trust.nhs.uk.")
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(100), "Messages:PollInterval must be at least 100 ms.")
            .Validate(o => o.MaxAttempts >= 1, "Messages:MaxAttempts must be at least 1.")
            .Validate(o => o.Provider != MessageProvider.GovukNotify || (o.GovukNotify.ApiKey.Length > 0 && Guid.TryParse(o.GovukNotify.EmailTemplateId, out _)),
                "Messages:GovukNotify:ApiKey and Messages:GovukNotify:EmailTemplateId (the generic template's id) are needed to send through GOV.UK Notify.")
            .Validate(o => o.GovukNotify.SmsTemplateId.Length == 0 || Guid.TryParse(o.GovukNotify.SmsTemplateId, out _),
                "Messages:GovukNotify:SmsTemplateId must be the text template's id (a GUID), or empty to send no text messages.")
            .ValidateOnStart();
        services.AddScoped<Outbox>();
        services.AddScoped<MessageWordings>();
        services.AddScoped<MessageRenderer>();
        var settings = section.Get<MessagesOptions>() ?? new MessagesOptions();
        if (settings.Provider == MessageProvider.None) return services; // messages wait in the outbox
        if (settings.Provider == MessageProvider.GovukNotify) services.AddSingleton<IMessageSender, GovukNotifyMessageSender>();
        else services.AddSingleton<IMessageSender, SmtpMessageSender>();
        services.AddScoped<OutboxDispatcher>();
        if (settings.SendInBackground) services.AddHostedService<OutboxWorker>();
        return services;
    }
}
