import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, WorkspaceCache, type LangiumCoreServices,
    type ReferenceInfo, type Scope
} from 'langium';
import { Assessment, isAssessment, isFromField, isPlan, type Model } from '../generated/ast.js';

/**
 * What a name in a record can point at:
 * - the title in `from:` can name any assessment in the workspace;
 * - every other name (people, agencies, worries, outcomes) points at something declared in
 *   the same file first, then in the files of the assessments its plans come from.
 * Names match whatever their capitals (`who: sara` finds Sara).
 * Records elsewhere in the workspace are not searched, so two families' records never mix.
 *
 * Scopes are kept until the workspace changes: a long record names the same people many
 * times, and each lookup is then one map read.
 */
export class RecordScopeProvider extends DefaultScopeProvider {
    private readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        let type: string;
        try {
            type = this.reflection.getReferenceType(context);
        } catch {
            // Completion in a half-typed line can ask about a property the node there does not
            // have (a `from:` with nothing after it, then a paragraph): there is nothing to offer.
            return EMPTY_SCOPE;
        }
        if (type === Assessment.$type) {
            return this.scopes.get(type, () => new MapScope(this.indexManager.allElements(type), undefined, { caseInsensitive: true }));
        }
        const document = AstUtils.getDocument(context.container);
        const own = document.uri.toString();
        return this.scopes.get(`${own}#${type}`, () => {
            const linked = this.linkedDocuments(document.parseResult.value as Model, own);
            const outer = linked.size > 0
                ? new MapScope(this.indexManager.allElements(type, linked), undefined, { caseInsensitive: true })
                : EMPTY_SCOPE;
            return new MapScope(this.indexManager.allElements(type, new Set([own])), outer, { caseInsensitive: true });
        });
    }

    /** The files of the assessments that the plans in a document come from. */
    private linkedDocuments(model: Model, own: string): Set<string> {
        const linked = new Set<string>();
        for (const part of model.parts) {
            for (const field of isPlan(part) || isAssessment(part) ? part.fields : [part]) {
                if (!isFromField(field)) continue;
                const assessment = field.assessment?.ref;
                if (!assessment) continue;
                const uri = AstUtils.getDocument(assessment).uri.toString();
                if (uri !== own) linked.add(uri);
            }
        }
        return linked;
    }
}
