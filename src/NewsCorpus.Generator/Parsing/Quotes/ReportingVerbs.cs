using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>The grammatical form of a reporting verb as it appears in the text.</summary>
internal enum VerbForm
{
    /// <summary>said, added: a clause of its own ("X said", "said X").</summary>
    Finite,

    /// <summary>saying, adding: hangs off the main clause ("…, saying that"), whose subject is the speaker.</summary>
    Participle,

    /// <summary>say, add (after will, would, did, to): finite for our purpose, but never inverted ("say X" is not an attribution).</summary>
    Base,
}

/// <summary>
/// Verbs that attribute speech, in every tense. Each entry lists the lemma and, for irregular verbs, its forms;
/// regular forms are derived. A verb marked weak ("called", "described", "welcomed") attributes a quotation only
/// when nothing stronger does in the same sentence, because it often just describes ("called a meeting").
/// </summary>
internal static class ReportingVerbs
{
    public static bool TryGet(string word, out string lemma, out VerbForm form, out bool weak)
    {
        if (s_forms.TryGetValue(word, out var entry))
        {
            (lemma, form, weak) = entry;
            return true;
        }

        lemma = string.Empty;
        form = VerbForm.Finite;
        weak = false;
        return false;
    }

    public static bool IsReportingVerb(string word) => s_forms.ContainsKey(word);

    /// <summary>Every form of every verb, for <see cref="Lexicon"/>.</summary>
    public static IEnumerable<string> Forms => s_forms.Keys;

    private static Dictionary<string, (string, VerbForm, bool)> Build()
    {
        var forms = new Dictionary<string, (string, VerbForm, bool)>(StringComparer.OrdinalIgnoreCase);

        // Irregular: lemma, third person, past, past participle, -ing.
        string[][] irregular =
        {
            new[] { "say", "says", "said", "said", "saying" },
            new[] { "tell", "tells", "told", "told", "telling" },
            new[] { "write", "writes", "wrote", "written", "writing" },
            new[] { "speak", "speaks", "spoke", "spoken", "speaking" },
            new[] { "tweet", "tweets", "tweeted", "tweeted", "tweeting" },
            new[] { "admit", "admits", "admitted", "admitted", "admitting" },
            new[] { "quip", "quips", "quipped", "quipped", "quipping" },
            new[] { "rebut", "rebuts", "rebutted", "rebutted", "rebutting" },
            new[] { "retort", "retorts", "retorted", "retorted", "retorting" },
            new[] { "post", "posts", "posted", "posted", "posting" },
            new[] { "testify", "testifies", "testified", "testified", "testifying" },
            new[] { "reply", "replies", "replied", "replied", "replying" },
            new[] { "deny", "denies", "denied", "denied", "denying" },
            new[] { "cry", "cries", "cried", "cried", "crying" },
            new[] { "signal", "signals", "signalled", "signaled", "signalling" },
        };

        foreach (var entry in irregular)
        {
            Add(forms, entry[0], entry[1], entry[2], entry[3], entry[4], weak: entry[0] is "speak" or "cry" or "signal" or "post");
        }

        foreach (var lemma in StrongRegular)
        {
            AddRegular(forms, lemma, weak: false);
        }

        foreach (var lemma in WeakRegular)
        {
            AddRegular(forms, lemma, weak: true);
        }

        return forms;
    }

    /// <summary>Verbs whose subject is the speaker of a quotation next to them.</summary>
    private static readonly string[] StrongRegular =
    {
        "add", "state", "warn", "note", "stress", "emphasize", "emphasise", "continue", "insist", "highlight",
        "underline", "underscore", "explain", "claim", "declare", "announce", "assert", "argue", "affirm", "confirm",
        "acknowledge", "respond", "answer", "ask", "recall", "remark", "observe", "comment", "suggest", "predict",
        "promise", "vow", "pledge", "urge", "complain", "maintain", "reiterate", "repeat", "concede", "conclude",
        "contend", "caution", "allege", "boast", "joke", "shout", "exclaim", "recount", "disclose", "reveal",
        "indicate", "mention", "lament", "counter", "threaten", "proclaim", "opine", "report", "inform", "brief",
        "whisper", "mutter", "agree", "wonder", "muse", "text", "message", "email", "reason", "estimate", "demand",
        "assure", "charge", "confide",
    };

    /// <summary>Verbs that attribute a partial quotation ("called the plan 'a betrayal'") but also describe actions.</summary>
    private static readonly string[] WeakRegular =
    {
        "call", "dub", "accuse", "condemn", "denounce", "criticize", "criticise", "slam", "praise", "welcome",
        "blast", "label", "brand", "hail", "dismiss", "reject", "decline", "refuse", "express", "voice", "describe",
        "characterize", "characterise",
    };

    // Declared after the word lists: static fields initialize in text order.
    private static readonly Dictionary<string, (string Lemma, VerbForm Form, bool Weak)> s_forms = Build();

    private static void AddRegular(Dictionary<string, (string, VerbForm, bool)> forms, string lemma, bool weak)
    {
        string third, past, ing;
        if (lemma.EndsWith("e", StringComparison.Ordinal))
        {
            third = lemma + "s";
            past = lemma + "d";
            ing = lemma.Substring(0, lemma.Length - 1) + "ing";
        }
        else if (lemma.EndsWith("y", StringComparison.Ordinal) && lemma.Length > 2 && !IsVowel(lemma[lemma.Length - 2]))
        {
            third = lemma.Substring(0, lemma.Length - 1) + "ies";
            past = lemma.Substring(0, lemma.Length - 1) + "ied";
            ing = lemma + "ing";
        }
        else if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("x", StringComparison.Ordinal))
        {
            third = lemma + "es";
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        else if (lemma is "slam" or "dub")
        {
            var last = lemma[lemma.Length - 1];
            third = lemma + "s";
            past = lemma + last + "ed";
            ing = lemma + last + "ing";
        }
        else
        {
            third = lemma + "s";
            past = lemma + "ed";
            ing = lemma + "ing";
        }

        Add(forms, lemma, third, past, past, ing, weak);
    }

    private static void Add(Dictionary<string, (string, VerbForm, bool)> forms, string lemma, string third, string past, string participle, string ing, bool weak)
    {
        Set(forms, lemma, (lemma, VerbForm.Base, weak));
        Set(forms, third, (lemma, VerbForm.Finite, weak));
        Set(forms, past, (lemma, VerbForm.Finite, weak));
        Set(forms, participle, (lemma, VerbForm.Finite, weak));
        Set(forms, ing, (lemma, VerbForm.Participle, weak));
    }

    private static void Set(Dictionary<string, (string, VerbForm, bool)> forms, string word, (string, VerbForm, bool) value)
    {
        // A form shared by two lemmas keeps the first (stronger) reading.
        if (!forms.ContainsKey(word))
        {
            forms[word] = value;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
