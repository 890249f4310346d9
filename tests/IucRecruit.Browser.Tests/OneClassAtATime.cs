// Every class here drives real Chromium against an app with its own Orleans silo, and the call
// classes move real audio in real time. On two cores, two such classes at once starve each other:
// a CI run timed out after 30 s waiting for a plain page to load while a call class ran beside it.
// So one class at a time, for the reason test.sh runs one test project at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
