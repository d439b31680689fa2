namespace CorpusGen.Synthetic;

/// <summary>Vocabularies for synthetic notes (invented word lists, no real note text).</summary>
internal static class Words
{
    public static readonly string[] Topic =
    {
        "ai", "model", "models", "open", "source", "proprietary", "training", "inference", "data", "scaling", "agents",
        "agent", "reasoning", "language", "vision", "robotics", "startup", "startups", "product", "strategy", "market",
        "growth", "enterprise", "cloud", "compute", "hardware", "chips", "gpu", "gpus", "alignment", "safety",
        "ethics", "regulation", "policy", "future", "impact", "adoption", "development", "research", "benchmark",
        "benchmarks", "evaluation", "fine", "tuning", "retrieval", "memory", "context", "tokens", "transformer",
        "transformers", "attention", "diffusion", "video", "audio", "music", "image", "images", "generative",
        "creative", "content", "design", "tooling", "tools", "workflow", "automation", "coding", "software",
        "engineering", "infrastructure", "deployment", "latency", "cost", "pricing", "revenue", "business", "funding",
        "venture", "capital", "investors", "founders", "hiring", "talent", "culture", "leadership", "management",
        "team", "teams", "customer", "customers", "users", "user", "experience", "interface", "interfaces", "search",
        "recommendation", "advertising", "economics", "finance", "investing", "stocks", "crypto", "blockchain",
        "energy", "climate", "health", "medicine", "biology", "protein", "drug", "discovery", "education", "learning",
        "teaching", "students", "science", "physics", "mathematics", "math", "statistics", "probability", "geometry",
        "calculus", "algebra", "history", "philosophy", "psychology", "productivity", "habits", "fitness", "nutrition",
        "sleep", "cooking", "recipes", "food", "travel", "sports", "chess", "games", "gaming", "graphics", "rendering",
        "simulation", "security", "privacy", "open_weights", "multimodal", "small", "large", "efficient",
        "distillation", "quantization", "pruning", "sparse", "mixture", "experts", "routing", "planning", "tool",
        "use", "function", "calling", "evaluation_metrics", "synthetic", "datasets", "labeling", "feedback",
        "reinforcement", "reward", "preference", "optimization", "gradient", "descent", "loss", "networks", "neural",
        "embeddings", "vectors", "database", "databases", "storage", "networking", "web", "browser", "mobile", "apps",
        "devices", "edge", "chips_export", "supply", "chain", "manufacturing", "semiconductors", "talent_wars",
        "acquisitions", "competition", "moats", "platform", "platforms", "ecosystem", "developers", "api", "apis",
        "pricing_models", "consumer", "b2b", "saas", "marketplace", "community", "open_science", "reproducibility",
        "peer", "review", "publishing", "media", "journalism", "podcast", "podcasts", "interviews", "storytelling",
        "writing", "books", "reading", "language_models", "speech", "translation",
    };

    public static readonly string[] Glue =
    {
        "and", "of", "in", "for", "the", "versus", "with", "on", "to", "from", "about", "vs", "beyond",
    };

    public static readonly string[] Filler =
    {
        "the", "a", "an", "of", "and", "to", "in", "is", "that", "it", "for", "on", "with", "as", "was", "at", "by",
        "this", "are", "be", "from", "or", "have", "has", "had", "not", "but", "what", "all", "were", "when", "we",
        "there", "can", "more", "if", "will", "one", "about", "up", "out", "so", "their", "them", "which", "would",
        "make", "like", "time", "just", "know", "people", "into", "year", "your", "good", "some", "could", "than",
        "then", "now", "only", "come", "its", "over", "think", "also", "back", "after", "use", "two", "how", "our",
        "work", "first", "well", "way", "even", "new", "want", "because", "any", "these", "give", "day", "most", "us",
        "very", "important", "significant", "discussed", "highlighted", "noted", "explained", "described", "approach",
        "approaches", "key", "focus", "company", "companies", "industry", "system", "systems", "process", "processes",
        "value", "values", "challenge", "challenges", "opportunity", "opportunities", "example", "examples",
        "question", "questions", "idea", "ideas", "problem", "problems", "solution", "solutions", "result", "results",
        "performance", "quality", "scale", "speed", "accuracy", "cost", "costs", "risk", "risks", "trend", "trends",
        "shift", "shifts", "change", "changes", "potential", "role", "effect", "effects", "factor", "factors", "level",
        "levels", "area", "areas", "case", "cases", "point", "points", "part", "parts", "kind", "kinds", "number",
        "numbers", "field", "fields", "practice", "practices", "concept", "concepts", "method", "methods", "technique",
        "techniques", "insight", "insights", "perspective", "perspectives", "rapidly", "significantly", "increasingly",
        "particularly", "especially", "effectively", "directly", "largely", "mostly", "often", "frequently",
        "generally", "typically", "potentially", "currently", "recently", "previously", "eventually", "ultimately",
        "essentially", "fundamentally", "according", "believes", "suggests", "argues", "emphasizes", "mentions",
        "compares", "contrasts", "predicts", "expects", "considers", "remains", "becomes",
    };

    public static readonly string[] Channel =
    {
        "red", "point", "ai", "engineer", "lab", "labs", "cast", "talks", "show", "pod", "hu", "po", "tech", "dev",
        "code", "deep", "mind", "learn", "data", "brain", "bytes", "future", "open", "minds", "science", "daily",
        "weekly", "lex", "two", "minute", "papers", "yannic", "fire", "ship", "acquired", "all", "in", "lenny",
        "latent", "space", "gradient", "dissent", "sci", "ml", "street", "talk", "machine", "stack", "hub", "cortex",
        "neural", "nets", "vector", "signal", "noise", "bits", "atoms", "alpha", "beta", "delta",
    };

    public static readonly string[] Tags =
    {
        "ai", "ml", "llm", "startups", "research", "policy", "business", "engineering", "science", "education",
        "health", "finance", "robotics", "video", "music",
    };
}
