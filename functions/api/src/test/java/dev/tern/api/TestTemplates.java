package dev.tern.api;

import dev.tern.model.template.InMemoryTemplateStore;
import dev.tern.model.template.MessageTemplate;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.TemplateStore;
import dev.tern.model.template.TemplateType;
import java.time.Clock;

/** The in-memory template store behind the api tests, which can be emptied between tests. */
public final class TestTemplates implements TemplateStore {

  private final Clock clock;
  private volatile InMemoryTemplateStore memory;

  TestTemplates(Clock clock) {
    this.clock = clock;
    this.memory = new InMemoryTemplateStore(clock);
  }

  /** Forgets every template. */
  void reset() {
    memory = new InMemoryTemplateStore(clock);
  }

  @Override
  public StoreResult create(String name, MessageTemplate template) {
    return memory.create(name, template);
  }

  @Override
  public StoreResult update(String name, MessageTemplate template, boolean createNewVersion, String version) {
    return memory.update(name, template, createNewVersion, version);
  }

  @Override
  public StoreResult get(String name, TemplateType type, String version) {
    return memory.get(name, type, version);
  }

  @Override
  public StoreResult latest(String name, TemplateType type) {
    return memory.latest(name, type);
  }

  @Override
  public StoreResult list(String prefix, TemplateType type, int pageSize, String nextToken) {
    return memory.list(prefix, type, pageSize, nextToken);
  }

  @Override
  public StoreResult listVersions(String name, TemplateType type, int pageSize, String nextToken) {
    return memory.listVersions(name, type, pageSize, nextToken);
  }

  @Override
  public StoreResult setActiveVersion(String name, TemplateType type, String version) {
    return memory.setActiveVersion(name, type, version);
  }

  @Override
  public StoreResult delete(String name, TemplateType type, String version) {
    return memory.delete(name, type, version);
  }
}
