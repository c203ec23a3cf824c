package io.portcullis.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.api.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text a model reads in a request is extracted, addressed by the pointer a rewrite would use:
 * a value hidden in a tool's parameter schema or in a document block must reach the classifier too.
 */
class ExtractorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, String> extract(Api api, String json) throws Exception {
    JsonNode body = JSON.readTree(json.replace('\'', '"'));
    Map<String, String> byPointer = new LinkedHashMap<>();
    for (TextSegment s : Extractors.forApi(api).request(body)) {
      byPointer.put(s.pointer(), s.text());
      assertEquals(s.text(), body.at(s.pointer()).textValue(), "the pointer addresses the text: " + s.pointer());
    }
    return byPointer;
  }

  @Test
  void chatToolParameterSchemasAreRead() throws Exception {
    Map<String, String> got = extract(Api.OPENAI_CHAT, """
        {'model': 'm', 'messages': [{'role': 'user', 'content': 'look up my order'}],
         'tools': [{'type': 'function', 'function': {'name': 'lookup', 'description': 'Finds orders',
           'parameters': {'type': 'object', 'properties': {'email': {'type': 'string',
             'description': 'the customer, e.g. anna@example.de'}}}}}]}""");
    assertEquals("look up my order", got.get("/messages/0/content"));
    assertEquals("Finds orders", got.get("/tools/0/function/description"));
    assertEquals("the customer, e.g. anna@example.de", got.get("/tools/0/function/parameters/properties/email/description"));
  }

  @Test
  void anthropicDocumentBlocksAndToolSchemasAreRead() throws Exception {
    Map<String, String> got = extract(Api.ANTHROPIC_MESSAGES, """
        {'model': 'm', 'system': 'be brief', 'messages': [{'role': 'user', 'content': [
           {'type': 'document', 'title': 'Patient file', 'context': 'from the clinic',
            'source': {'type': 'text', 'media_type': 'text/plain', 'data': 'Resident ID 11010519491231002X'}},
           {'type': 'document', 'source': {'type': 'content', 'content': [{'type': 'text', 'text': 'card 4111 1111 1111 1111'}]}},
           {'type': 'document', 'source': {'type': 'base64', 'media_type': 'application/pdf', 'data': 'JVBERi0xLjQK'}},
           {'type': 'text', 'text': 'summarise'}]}],
         'tools': [{'name': 't', 'description': 'sends mail', 'input_schema': {'type': 'object',
           'properties': {'to': {'type': 'string', 'enum': ['boss@example.com']}}}}]}""");
    assertEquals("Resident ID 11010519491231002X", got.get("/messages/0/content/0/source/data"));
    assertEquals("Patient file", got.get("/messages/0/content/0/title"));
    assertEquals("from the clinic", got.get("/messages/0/content/0/context"));
    assertEquals("card 4111 1111 1111 1111", got.get("/messages/0/content/1/source/content/0/text"));
    assertTrue(!got.containsKey("/messages/0/content/2/source/data"), "base64 is not text: " + got);
    assertEquals("summarise", got.get("/messages/0/content/3/text"));
    assertEquals("sends mail", got.get("/tools/0/description"));
    assertEquals("boss@example.com", got.get("/tools/0/input_schema/properties/to/enum/0"));
  }

  @Test
  void responsesToolsAreRead() throws Exception {
    Map<String, String> got = extract(Api.OPENAI_RESPONSES, """
        {'model': 'm', 'instructions': 'help', 'input': [{'role': 'user', 'content': [{'type': 'input_text', 'text': 'hi'}]}],
         'tools': [{'type': 'function', 'name': 'f', 'description': 'calls +86 138 0013 8000',
           'parameters': {'type': 'object', 'properties': {}}}]}""");
    assertEquals(List.of("/instructions", "/input/0/content/0/text", "/tools/0/description", "/tools/0/parameters/type"),
        List.copyOf(got.keySet()));
    assertEquals("calls +86 138 0013 8000", got.get("/tools/0/description"));
  }
}
