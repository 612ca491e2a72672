using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>Assertions about which pipeline steps ran again and which Roslyn reused.</summary>
internal static class IncrementalAssert
{
    /// <summary>The reasons recorded for every output of the named step in the driver's last run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string stepName) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    /// <summary>
    /// Runs the same inputs a second time and asserts that every tracked step and every output was reused.
    /// Every snapshot test calls this, so a model that is not value-equatable fails loudly.
    /// </summary>
    public static void CachedOnRerun(CorpusProject project, GeneratorDriver firstRun)
    {
        var rerun = firstRun.RunGenerators(project.Compilation().AddSyntaxTrees());
        var result = rerun.GetRunResult().Results.Single();
        foreach (var pair in result.TrackedSteps)
        {
            foreach (var step in pair.Value)
            {
                foreach (var output in step.Outputs)
                {
                    Assert.True(
                        output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{pair.Key}' produced {output.Reason} on an identical rerun: its model is not value-equatable.");
                }
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }
    }
}
