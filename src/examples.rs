//! The bundled example set (four reports of the Apollo 11 landing, in text, HTML and
//! Markdown), compiled into the binary so the window opens on it from any directory.

/// (file name, bytes) of each bundled example article.
pub const EXAMPLES: &[(&str, &[u8])] = &[
    ("01_lunar_dispatch.txt", include_bytes!("../assets/example/01_lunar_dispatch.txt")),
    ("02_evening_courier.html", include_bytes!("../assets/example/02_evening_courier.html")),
    ("03_science_review.md", include_bytes!("../assets/example/03_science_review.md")),
    ("04_stargazer_blog.txt", include_bytes!("../assets/example/04_stargazer_blog.txt")),
];
