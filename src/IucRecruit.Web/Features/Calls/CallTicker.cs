namespace IucRecruit.Web.Features.Calls;

/// <summary>The call clock's beat: every 20 ms each awake session writes its recording up to now
/// and plays its clips. One timer for all calls; a late beat is made up because sessions write
/// up to the call-clock time, not one frame per beat.</summary>
public sealed class CallTicker(CallSessions sessions) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TelephoneFrame.Duration);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var session in sessions.Awake) session.OfferTick();
        }
    }
}
