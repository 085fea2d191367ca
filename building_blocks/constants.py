# Rich-text features editors get in body paragraphs: enough for a press release, nothing that
# breaks the house style (no colours, no embeds, no raw HTML); "latin" keeps a word in Latin script at /sr/.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "latin"]
