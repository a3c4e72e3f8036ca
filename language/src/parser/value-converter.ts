import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Turns token text into values: prose with its line breaks folded, quotes and `>` taken off. */
export class RecordValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'PROSE':
                return foldSpace(input);
            case 'QUOTE':
                return foldSpace(input.replace(/^>\s*/, ''));
            case 'STRING':
            case 'NAME':
                return unquote(foldSpace(input));
            case 'ID':
            case 'DATE':
                return input.trim();
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

/** Runs of white space, line breaks included, become one space. */
export function foldSpace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

export function unquote(text: string): string {
    const m = /^["“](.*)["”]$/.exec(text);
    return m ? m[1].trim() : text;
}
